import type { TestApp } from '../../support/test-app';
import { API } from './nynashamn-scenario';

/** GET under the API, waiting for the read models to have passed `position`. */
export function reader(api: TestApp, position: () => string, token?: string) {
  return (url: string, query: Record<string, string> = {}) => {
    const request = api.http.get(`${API}${url}`).query({ consistentWith: position(), ...query });
    return token ? request.set('Authorization', `Bearer ${token}`) : request;
  };
}

/** POST under the API that must succeed; answers the body (with the position to read at). */
export async function command(api: TestApp, url: string, body: object) {
  const response = await api.http.post(`${API}${url}`).send(body);
  if (response.status !== 201 && response.status !== 200) {
    throw new Error(`POST ${url}: ${response.status} ${response.text}`);
  }
  return response.body as { id: string; revision: number; position: string } & Record<
    string,
    string
  >;
}

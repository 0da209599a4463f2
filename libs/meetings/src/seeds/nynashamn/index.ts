/**
 * The two Nynäshamn minutes of /shared/seeds as meeting commands: product content (the CLI's
 * `demo` records them through the API) and the fixtures of the domain specs and e2e tests.
 */
export { MEETING as JOINT_AU_2024_11_14, jointAu20241114 } from './joint-au-2024-11-14';
export {
  MEETING as NAN_AU_2023_11_06,
  DECISION_42,
  assignment42,
  nanAu20231106,
} from './nan-au-2023-11-06';
export { jointAu, nanAu, org, person } from './people';

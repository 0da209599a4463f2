import type { AgreementContent } from './agreement.content';
import type { RevisionChanges } from './agreement.events';

/** The next version's content: the previous one with the revision's changes laid over it. */
export function revisedContent(
  previous: AgreementContent,
  changes: RevisionChanges,
): AgreementContent {
  const sections = [...previous.sections];
  for (const section of changes.sections ?? []) {
    const at = sections.findIndex((s) => s.heading === section.heading);
    if (at >= 0) sections[at] = section;
    else sections.push(section);
  }
  const replaced = new Map((changes.assignments ?? []).map((a) => [a.assignmentId, a]));
  return {
    ...previous,
    validTo: changes.validTo ?? previous.validTo,
    scope: changes.scope ?? previous.scope,
    sections,
    assignments: previous.assignments.map((a) => ({ ...a, ...replaced.get(a.assignmentId) })),
    economy: changes.economy ?? previous.economy,
    economicFollowUps: changes.economicFollowUps ?? previous.economicFollowUps,
    goals: changes.goals ?? previous.goals,
  };
}

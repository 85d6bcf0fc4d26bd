// Journeys whose feature has not landed yet are skipped with the reason, never passed.
// Remove an entry when its feature is on main.
export const FEATURE_PENDING: Record<'classifyDataset' | 'fixAllOnSave', string | undefined> = {
  classifyDataset: 'the command tuneguard.classifyDataset (issue 5) and the classification-driven governance rules (issue 4) are not on main yet',
  fixAllOnSave: 'the code action kind source.fixAll.tuneguard (issue 6) is not on main yet',
};

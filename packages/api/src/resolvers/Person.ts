// Person.roles: AFFILIATED_WITH relationships (title + organization), then the titles the extractor saw with no
// organization (the node's `roles` property) that no relationship already carries.
import type { ApiContext } from '../context';
import type { EntityValue } from '../values';
import { entityFields } from './entity-fields';

export interface RoleValue {
  title: string | null;
  organization: EntityValue | null;
}

export const Person = {
  ...entityFields,
  roles: async (parent: EntityValue, _: unknown, { loaders }: ApiContext): Promise<RoleValue[]> => {
    const affiliations = (await loaders.links('personRoles').load(parent.id)) as RoleValue[];
    affiliations.sort(
      (a, b) =>
        (a.organization?.name ?? '').localeCompare(b.organization?.name ?? '') ||
        (a.title ?? '').localeCompare(b.title ?? ''),
    );
    const known = new Set(affiliations.map(role => role.title?.toLowerCase()));
    const titles = [...new Set(parent.roles ?? [])].filter(title => !known.has(title.toLowerCase())).sort();
    return [...affiliations, ...titles.map(title => ({ title, organization: null }))];
  },
};

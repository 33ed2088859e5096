import type { ApiContext } from '../context';
import type { EntityValue } from '../values';
import { entityFields } from './entity-fields';

export const Person = {
  ...entityFields,
  roles: async (parent: EntityValue, _: unknown, { loaders }: ApiContext) => {
    const roles = (await loaders.links('personRoles').load(parent.id)) as { title: string | null; organization: EntityValue }[];
    return roles.sort((a, b) => a.organization.name.localeCompare(b.organization.name) || (a.title ?? '').localeCompare(b.title ?? ''));
  },
};

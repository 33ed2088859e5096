import type { ApiContext } from '../context';
import type { PageArgs } from '../pagination';
import type { EntityValue } from '../values';
import { entityFields, loadPage } from './entity-fields';

export const Organization = {
  ...entityFields,
  members: (parent: EntityValue, args: PageArgs, context: ApiContext) =>
    loadPage(parent, { field: 'members' }, args, context, (item, cursor) => ({
      cursor,
      ...(item as object),
    })),
};

// The resolver map: one file per Query field, one per object type, __typename-driven abstract types.
import { Article } from './Article';
import { Meeting } from './Meeting';
import { Organization } from './Organization';
import { Person } from './Person';
import { Statement } from './Statement';
import { articles } from './Query/articles';
import { article, meeting, statement } from './Query/by-id';
import { connection } from './Query/connection';
import { denials } from './Query/denials';
import { entities } from './Query/entities';
import { entity, organization, person } from './Query/entity';
import { meetings } from './Query/meetings';
import { search } from './Query/search';
import { statements } from './Query/statements';
import { timeline } from './Query/timeline';
import { whoMet } from './Query/who-met';
import { connectionFields } from '../pagination';
import { statusesOfMeetings } from '../met-statuses';
import { withNameSuggestions } from '../name-suggestions';
import type { MeetingValue } from '../values';

// Every projection carries __typename (cypher/projections.ts), so abstract types resolve without a query.
const byTypename = { __resolveType: (value: { __typename: string }) => value.__typename };

const query = {
  entities,
  entity,
  person,
  organization,
  meeting,
  statement,
  article,
  search,
  meetings,
  whoMet,
  statements,
  denials,
  connection,
  timeline,
  articles,
};

// Every Query field that takes a name answers an unknown one with NOT_FOUND and names that share its words.
const queryWithSuggestions = Object.fromEntries(
  Object.entries(query).map(([field, resolver]) => [field, withNameSuggestions(resolver as never)]),
) as unknown as typeof query;

export const resolvers = {
  Query: queryWithSuggestions,
  Entity: byTypename,
  Subject: byTypename,
  Fact: byTypename,
  SearchHit: byTypename,
  PathNode: byTypename,
  Person,
  Organization,
  Meeting,
  Statement,
  Article,
  MeetingConnection: connectionFields,
  StatementConnection: connectionFields,
  ArticleConnection: connectionFields,
  MetConnection: connectionFields,
  MetEdge: { statuses: (edge: { meetings: MeetingValue[] }) => statusesOfMeetings(edge.meetings) },
  EntityConnection: connectionFields,
  MemberConnection: connectionFields,
  TimelineConnection: connectionFields,
  SearchConnection: connectionFields,
};

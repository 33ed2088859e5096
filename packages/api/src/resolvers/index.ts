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
import { entity, organization, person } from './Query/entity';
import { meetings } from './Query/meetings';
import { search } from './Query/search';
import { statements } from './Query/statements';
import { timeline } from './Query/timeline';
import { whoMet } from './Query/who-met';
import { connectionFields } from '../pagination';

// Every projection carries __typename (cypher/projections.ts), so abstract types resolve without a query.
const byTypename = { __resolveType: (value: { __typename: string }) => value.__typename };

export const resolvers = {
  Query: {
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
  },
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
  MemberConnection: connectionFields,
  TimelineConnection: connectionFields,
  SearchConnection: connectionFields,
};

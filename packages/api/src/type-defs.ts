// The schema journalists query: who met whom, who denied what, how two people are connected.
// Every fact (Meeting, Statement) carries `sources`: the article sentence that reports it, with offsets.
export const typeDefs = /* GraphQL */ `
  """
  Where a fact comes from: the sentence of an article that reports it, verbatim, with its character offsets
  (article text from \`start\` to \`end\` is \`evidence\`).
  """
  type Source {
    article: Article!
    evidence: String!
    start: Int!
    end: Int!
    """
    The construction that read the fact from this sentence (a row id of the extractor's construction table, e.g.
    \`meet-with\`, \`light-noun-with\`); null where the extractor names none.
    """
    rule: String
  }

  enum OrganizationKind {
    government
    media
    party
    company
    state
    committee
    other
  }

  "reported: it took place; planned: announced or hoped for; denied: a party denies it took place."
  enum MeetingStatus {
    reported
    planned
    denied
  }

  enum StatementKind {
    denial
    accusation
    confirmation
    refusal
    claim
  }

  type PageInfo {
    hasNextPage: Boolean!
    hasPreviousPage: Boolean!
    startCursor: String
    endCursor: String
  }

  "A person or an organization acting in the news."
  interface Entity {
    id: ID!
    name: String!
    aliases: [String!]!
    "Meetings this entity took part in, in date order (undated last)."
    meetings(
      status: [MeetingStatus!]
      from: String
      to: String
      first: Int = 20
      after: String
    ): MeetingConnection!
    "Who this entity met, with the meetings; by default only meetings that took place (status reported)."
    met(status: [MeetingStatus!] = [reported], first: Int = 20, after: String): MetConnection!
    "What this entity said, optionally of one kind."
    statements(kind: StatementKind, first: Int = 20, after: String): StatementConnection!
    "Articles that mention this entity, newest first."
    mentionedIn(first: Int = 20, after: String): ArticleConnection!
  }

  type Person implements Entity {
    id: ID!
    name: String!
    aliases: [String!]!
    "Roles held: title and organization (AFFILIATED_WITH), or a title alone when no organization was named."
    roles: [Role!]!
    meetings(
      status: [MeetingStatus!]
      from: String
      to: String
      first: Int = 20
      after: String
    ): MeetingConnection!
    met(status: [MeetingStatus!] = [reported], first: Int = 20, after: String): MetConnection!
    statements(kind: StatementKind, first: Int = 20, after: String): StatementConnection!
    mentionedIn(first: Int = 20, after: String): ArticleConnection!
  }

  type Organization implements Entity {
    id: ID!
    name: String!
    aliases: [String!]!
    kind: OrganizationKind
    "People affiliated with this organization, with their role."
    members(first: Int = 20, after: String): MemberConnection!
    meetings(
      status: [MeetingStatus!]
      from: String
      to: String
      first: Int = 20
      after: String
    ): MeetingConnection!
    met(status: [MeetingStatus!] = [reported], first: Int = 20, after: String): MetConnection!
    statements(kind: StatementKind, first: Int = 20, after: String): StatementConnection!
    mentionedIn(first: Int = 20, after: String): ArticleConnection!
  }

  type Role {
    "As written: Attorney General, ambassador, spokeswoman."
    title: String
    organization: Organization
  }

  type Meeting {
    id: ID!
    "ISO partial date: 2016, 2016-07 or 2016-07-18; null when no article dates it."
    date: String
    "The date as the article wrote it."
    dateText: String
    "Where date comes from: text (a date expression of an article, resolved against its publication day) or publication (no article dates it: the month of the earliest article reporting it as done, an inference); null when undated."
    dateBasis: String
    place: String
    summary: String!
    status: MeetingStatus!
    participants: [Entity!]!
    sources: [Source!]!
    "Statements about this meeting (denials, confirmations...)."
    statements: [Statement!]!
  }

  type Statement {
    id: ID!
    "The quote, or the reported claim in the article's words."
    text: String!
    kind: StatementKind!
    "True when text is a direct quotation."
    quoted: Boolean!
    date: String
    "Who said it (the first speaker when several spoke together)."
    speaker: Entity
    speakers: [Entity!]!
    "What it is about: people, organizations or meetings."
    subjects: [Subject!]!
    sources: [Source!]!
    "Statements this one contradicts or is contradicted by."
    contradictions: [Statement!]!
  }

  union Subject = Person | Organization | Meeting

  type Article {
    id: ID!
    path: String!
    title: String
    "ISO date or null."
    publishedAt: String
    outlet: String
    mentions: [Mention!]!
    meetings: [Meeting!]!
    statements: [Statement!]!
  }

  type Mention {
    entity: Entity!
    count: Int!
  }

  union Fact = Meeting | Statement

  union SearchHit = Person | Organization | Meeting | Statement

  union PathNode = Person | Organization | Meeting | Statement

  "One relationship along a path, in its stored direction."
  type PathStep {
    "PARTICIPATED_IN, STATED, ABOUT, AFFILIATED_WITH or CONTRADICTS."
    type: String!
    from: PathNode!
    to: PathNode!
    "The role, for AFFILIATED_WITH."
    role: String
  }

  type Path {
    "Number of relationships."
    length: Int!
    nodes: [PathNode!]!
    steps: [PathStep!]!
    "The meetings and statements along the path, with their sources."
    facts: [Fact!]!
  }

  "How two entities are connected: the shortest paths between them, if any within maxHops."
  type Paths {
    from: Entity!
    to: Entity!
    "Length of the shortest paths; null when none is within maxHops."
    length: Int
    paths: [Path!]!
  }

  type MeetingConnection {
    edges: [MeetingEdge!]!
    pageInfo: PageInfo!
    totalCount: Int!
  }
  type MeetingEdge {
    cursor: String!
    node: Meeting!
  }

  type StatementConnection {
    edges: [StatementEdge!]!
    pageInfo: PageInfo!
    totalCount: Int!
  }
  type StatementEdge {
    cursor: String!
    node: Statement!
  }

  type ArticleConnection {
    edges: [ArticleEdge!]!
    pageInfo: PageInfo!
    totalCount: Int!
  }
  type ArticleEdge {
    cursor: String!
    node: Article!
  }

  type MetConnection {
    edges: [MetEdge!]!
    pageInfo: PageInfo!
    totalCount: Int!
    "The meeting statuses this list includes (the status argument): planned and denied meetings only when asked."
    statuses: [MeetingStatus!]!
  }
  "Someone met, with the meetings where it happened (date order)."
  type MetEdge {
    cursor: String!
    node: Entity!
    meetings: [Meeting!]!
    "The statuses of these meetings (reported: took place; planned; denied), each once."
    statuses: [MeetingStatus!]!
  }

  enum EntityType {
    Person
    Organization
  }

  type EntityConnection {
    edges: [EntityEdge!]!
    pageInfo: PageInfo!
    totalCount: Int!
  }
  "A person or organization in the graph, with how much the graph says about it."
  type EntityEdge {
    cursor: String!
    node: Entity!
    "Meetings it took part in (any status)."
    meetings: Int!
    "Statements it made."
    statements: Int!
  }

  type MemberConnection {
    edges: [MemberEdge!]!
    pageInfo: PageInfo!
    totalCount: Int!
  }
  type MemberEdge {
    cursor: String!
    node: Person!
    role: String
  }

  type TimelineConnection {
    edges: [TimelineEdge!]!
    pageInfo: PageInfo!
    totalCount: Int!
  }
  type TimelineEdge {
    cursor: String!
    "The fact's own date, else the earliest publication date of the articles reporting it."
    date: String
    node: Fact!
  }

  type SearchConnection {
    edges: [SearchEdge!]!
    pageInfo: PageInfo!
    totalCount: Int!
  }
  type SearchEdge {
    cursor: String!
    score: Float!
    node: SearchHit!
  }

  type Query {
    """
    Who is in the graph: people and organizations, busiest first (meetings + statements), optionally only those
    whose name or an alias contains \`search\` (any case) or of one type.
    """
    entities(search: String, type: EntityType, first: Int = 20, after: String): EntityConnection!
    "A person or organization by name or alias, ignoring case and accents; null when unknown."
    entity(name: String!): Entity
    person(name: String!): Person
    organization(name: String!): Organization
    meeting(id: ID!): Meeting
    statement(id: ID!): Statement
    article(id: ID!): Article
    "Full-text search over names, aliases, statement texts and meeting summaries."
    search(text: String!, first: Int = 20, after: String): SearchConnection!
    """
    Meetings, filtered by a participant, by two participants who both took part (between), by date range
    (ISO partial dates, inclusive) and by place (substring, any case).
    """
    meetings(
      participant: String
      between: [String!]
      from: String
      to: String
      place: String
      status: [MeetingStatus!]
      first: Int = 20
      after: String
    ): MeetingConnection!
    """
    Who met this person or organization, with the meetings, most meetings first. By default only meetings that
    took place (status reported); the response's \`statuses\` says which were included. An unknown name is
    NOT_FOUND with \`extensions.suggestions\` (names in the graph that share its words).
    """
    whoMet(
      name: String!
      status: [MeetingStatus!] = [reported]
      first: Int = 20
      after: String
    ): MetConnection!
    "Statements by speaker, kind, subject (about: an entity, or a meeting it took part in) and text."
    statements(
      speaker: String
      kind: StatementKind
      about: String
      text: String
      first: Int = 20
      after: String
    ): StatementConnection!
    "Denials, optionally by a speaker and about an entity."
    denials(by: String, about: String, first: Int = 20, after: String): StatementConnection!
    "Shortest paths between two entities through people, organizations, meetings and statements."
    connection(from: String!, to: String!, maxHops: Int = 4, first: Int = 5): Paths!
    "An entity's meetings and statements in date order."
    timeline(name: String!, first: Int = 20, after: String): TimelineConnection!
    "Articles, newest first, optionally of one outlet or mentioning an entity."
    articles(outlet: String, mentioning: String, first: Int = 20, after: String): ArticleConnection!
  }
`;

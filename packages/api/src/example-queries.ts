// Ready-made GraphiQL tabs, one per question the API answers, about names of the graph being served
// (pickExampleNames reads them from it: the busiest people, the busiest denier), so every tab answers on any data.
export interface ExampleQuery {
  title: string;
  query: string;
}

export interface ExampleNames {
  /** Took part in the most meetings (whoMet, timeline). */
  busiest: string;
  /** Another busy entity (connection's `to`). */
  other: string;
  /** A word to search for. */
  word: string;
}

/** The example corpus's names (packages/cli/example-corpus): the tabs of a graph too small to pick from. */
export const PLACEHOLDER_NAMES: ExampleNames = {
  busiest: 'Marta Lindqvist',
  other: 'José García',
  word: 'harbour',
};

/** GraphQL string literal of a name (quotes and backslashes escaped). */
const literal = (text: string): string => JSON.stringify(text);

export function buildExampleQueries({ busiest, other, word }: ExampleNames): ExampleQuery[] {
  return [
    {
      title: 'Who met whom',
      query: /* GraphQL */ `
      # Who met this person, when and where, and which sentence says so.
      query WhoMet {
        whoMet(name: ${literal(busiest)}, first: 10) {
          totalCount
          edges {
            node {
              __typename
              name
            }
            meetings {
              date
              place
              status
              sources {
                evidence
                article {
                  title
                  outlet
                  publishedAt
                }
              }
            }
          }
        }
      }
    `,
    },
    {
      title: 'Who denied what',
      query: /* GraphQL */ `
        # Denials, with the speaker, what they are about and the source sentence.
        query Denials {
          denials(first: 10) {
            totalCount
            edges {
              node {
                text
                quoted
                speaker {
                  name
                }
                subjects {
                  __typename
                  ... on Person {
                    name
                  }
                  ... on Organization {
                    name
                  }
                  ... on Meeting {
                    date
                    place
                  }
                }
                sources {
                  evidence
                  start
                  end
                  article {
                    title
                  }
                }
              }
            }
          }
        }
      `,
    },
    {
      title: 'How two people are connected',
      query: /* GraphQL */ `
      # Shortest paths through people, organizations, meetings and statements.
      query Connection {
        connection(from: ${literal(busiest)}, to: ${literal(other)}, maxHops: 4) {
          length
          paths {
            nodes {
              __typename
              ... on Person {
                name
              }
              ... on Organization {
                name
              }
              ... on Meeting {
                date
                place
              }
              ... on Statement {
                text
                kind
              }
            }
            facts {
              ... on Meeting {
                summary
                sources {
                  evidence
                }
              }
              ... on Statement {
                text
                sources {
                  evidence
                }
              }
            }
          }
        }
      }
    `,
    },
    {
      title: 'Timeline',
      query: /* GraphQL */ `
      # A person's meetings and statements in date order.
      query Timeline {
        timeline(name: ${literal(busiest)}) {
          edges {
            date
            node {
              __typename
              ... on Meeting {
                place
                participants {
                  name
                }
              }
              ... on Statement {
                kind
                text
              }
            }
          }
        }
      }
    `,
    },
    {
      title: 'Search',
      query: /* GraphQL */ `
      query Search {
        search(text: ${literal(word)}, first: 10) {
          edges {
            score
            node {
              __typename
              ... on Person {
                name
              }
              ... on Organization {
                name
              }
              ... on Statement {
                text
              }
            }
          }
        }
      }
    `,
    },
  ];
}

/** The tabs about the example corpus's names (tests and docs; the server builds its tabs from its graph). */
export const EXAMPLE_QUERIES: readonly ExampleQuery[] = buildExampleQueries(PLACEHOLDER_NAMES);

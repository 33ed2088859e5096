// Ready-made GraphiQL tabs, one per question the API answers. Names are placeholders the user edits: the
// example corpus (packages/cli/example-corpus) has people under these names.
export interface ExampleQuery {
  title: string;
  query: string;
}

export const EXAMPLE_QUERIES: readonly ExampleQuery[] = [
  {
    title: 'Who met whom',
    query: /* GraphQL */ `
      # Who met this person, when and where, and which sentence says so.
      query WhoMet {
        whoMet(name: "Marta Lindqvist", first: 10) {
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
        connection(from: "Marta Lindqvist", to: "José García", maxHops: 4) {
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
        timeline(name: "Marta Lindqvist") {
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
        search(text: "harbour", first: 10) {
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

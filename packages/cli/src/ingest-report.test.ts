import { formatIngestReport } from './ingest-report';

test('the closing summary names counts, and every failed file with its reason', () => {
  const summary = {
    nodesCreated: 40,
    nodesUpdated: 3,
    nodesDeleted: 1,
    relationshipsCreated: 120,
    relationshipsUpdated: 0,
    relationshipsDeleted: 2,
    propertiesSet: 410,
    labelsAdded: 40,
    articlesWritten: 12,
    transactions: 2,
    articlesInput: 5,
    articlesNew: 2,
    articlesExtracted: 11,
    failed: [{ path: 'notes/odd.txt', message: 'extractor failed' }],
  };
  const failed = [{ path: 'notes/empty.txt', message: 'notes/empty.txt: the file is empty' }];
  expect(formatIngestReport(summary, { failed, seconds: 3.21, uri: 'bolt://127.0.0.1:7687' }))
    .toMatchInlineSnapshot(`
   "Ingested 4 of 5 articles (2 new; graph extracted from 11) in 3.2 s into bolt://127.0.0.1:7687
     nodes:          40 created, 3 updated, 1 deleted
     relationships:  120 created, 0 updated, 2 deleted
     properties set: 410; transactions: 2
   Failed (2):
     notes/empty.txt: the file is empty
     notes/odd.txt: extractor failed"
  `);
});

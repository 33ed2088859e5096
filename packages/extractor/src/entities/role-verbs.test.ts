// Roles told by a verb instead of a title (invented sentences): a relative clause whose verb names the post, a
// passive participle after the body, and occupations written in an apposition. Each with a trap.
import type { ArticleAnalysis } from '../analysis';
import { analyzeArticle } from './analyze-article';

const analyze = (text: string): ArticleAnalysis => analyzeArticle({ path: 'test.txt', text });
const rolesOf = (text: string, name: string): string[] => {
  const a = analyze(text);
  const e = [...a.entities.values()].find(x => x.name === name);
  return (e?.roles ?? []).map(
    r => `${r.role}@${r.organizationId ? a.entities.get(r.organizationId)?.name : '-'}`,
  );
};

describe('roles told by a verb', () => {
  it.each([
    [
      "Bernadette Vale, who chairs the Harrow Residents' Association, met the mayor.",
      'Bernadette Vale',
      "chair@Harrow Residents' Association",
    ],
    [
      'The Dock Workers Union called a strike. Anna Morrow, who heads the union, said talks had failed.',
      'Anna Morrow',
      'head@Dock Workers Union',
    ],
    ["Anna Morrow, who chairs the union's local branch, said members were angry.", 'Anna Morrow', 'chair@-'],
    [
      'The Velari Liberation Front, led by Anna Orvay, rejected the plan.',
      'Anna Orvay',
      'leader@Velari Liberation Front',
    ],
    ['Imogen Thale, the service’s chief conciliator, confirmed it.', 'Imogen Thale', 'chief conciliator'],
    ['Felix Arden, a crane driver at the terminal, left early.', 'Felix Arden', 'crane driver@-'],
    [
      'The Bellhaven city council voted on Monday. A council spokeswoman, Ella Brandt, said the decision was final.',
      'Ella Brandt',
      'council spokeswoman@Bellhaven city council',
    ],
  ])('%j -> %s holds %s', (text, name, role) => {
    expect(rolesOf(text, name).some(r => r.includes(role))).toBe(true);
  });

  it.each([
    ['Ilse Varga, who chaired the session, said it had gone well.', 'Ilse Varga', ''],
    ['Ilse Varga, who runs a bakery in the old town, said prices had risen.', 'Ilse Varga', ''],
    ['Ilse Varga, who leads the inquiry, said it would report in May.', 'Ilse Varga', ''],
    ['The plan was rejected by Anna Orvay on Monday.', 'Anna Orvay', ''],
    [
      'The Bellhaven city council and the Orvik county council met. A council spokeswoman, Ella Brandt, said so.',
      'Ella Brandt',
      '@Bellhaven',
    ],
  ])('%j gives %s no role', (text, name, at) => {
    if (at) expect(rolesOf(text, name).some(r => r.includes(at))).toBe(false);
    else expect(rolesOf(text, name)).toEqual([]);
  });
});

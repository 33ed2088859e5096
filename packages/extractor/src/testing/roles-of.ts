// The roles the entity layer gives a person named in an invented text: the one helper of the role tests.
import { analyzeArticle } from '../entities/analyze-article';

export function rolesOf(text: string, name: string): string[] {
  const analysis = analyzeArticle({ path: 'invented.txt', text });
  const person = [...analysis.entities.values()].find(e => e.name === name);
  return (person?.roles ?? []).map(r => r.role);
}

// Possible duplicate entities for a human to review: two nodes that may be one person or organization. Nothing
// here merges anything; each row lists the ids so you can inspect both nodes before deciding.

// 1. Two or more nodes claim the same name or alias (any case), across Person and Organization.
MATCH (n)
WHERE n:Person OR n:Organization
UNWIND [n.name] + coalesce(n.aliases, []) AS surface
WITH toLower(trim(surface)) AS key, collect(DISTINCT n) AS nodes
WHERE size(nodes) > 1
RETURN key AS sharedName, [x IN nodes | labels(x)[0] + ': ' + x.name] AS candidates, [x IN nodes | x.id] AS ids
ORDER BY size(nodes) DESC, key;

// 2. People with the same surname and first initial ("A. Duarte" and "Ana Duarte"), or the same surname and
// one name shorter than the other.
MATCH (p:Person)
WITH p, [w IN split(trim(p.name), ' ') WHERE w <> ''] AS words
WHERE size(words) > 1
WITH toLower(words[-1]) AS surname, toLower(left(words[0], 1)) AS initial, collect(p) AS people
WHERE size(people) > 1
RETURN surname, initial, [x IN people | x.name] AS names, [x IN people | x.id] AS ids
ORDER BY surname;

// 3. A one-word person name that is the last word of a fuller name ("Duarte" and "Ana Duarte").
MATCH (short:Person)
WHERE NOT trim(short.name) CONTAINS ' '
MATCH (full:Person)
WHERE full <> short AND toLower(full.name) ENDS WITH ' ' + toLower(trim(short.name))
RETURN short.name AS shortName, full.name AS fullName, short.id AS shortId, full.id AS fullId
ORDER BY shortName, fullName;

// 4. Organizations whose name contains another's ("Foreign Ministry" inside "Ruritanian Foreign Ministry").
MATCH (a:Organization), (b:Organization)
WHERE a <> b AND size(b.name) > 3 AND toLower(a.name) CONTAINS toLower(b.name)
RETURN b.name AS shorter, a.name AS longer, b.kind AS shorterKind, a.kind AS longerKind, b.id AS shorterId, a.id AS longerId
ORDER BY shorter, longer;

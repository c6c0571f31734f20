/**
 * Every entity name stored for an article, once, with its character pairs under a GIN index: an entity filter on a
 * name nothing knows looks up the stored names holding the name's first two characters (src/search/entity-names.ts)
 * by index, where a scan of `article_entities` read every entity row of the archive (two million at a million
 * articles). A trigger adds the names of every insert into `article_entities`; a name whose last article went stays,
 * so the lookup keeps only names some article still has (an index probe each), which needs no trigger on deletes and
 * no lock between an import and a removal naming the same entity.
 */
export const STORED_ENTITY_NAMES_SCHEMA = `
  CREATE FUNCTION jianbao_name_pairs(name text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT ARRAY(SELECT DISTINCT substr(name, i, 2) FROM generate_series(1, char_length(name) - 1) AS i)
  $$;
  CREATE TABLE entity_names (name text PRIMARY KEY);
  CREATE INDEX entity_names_by_pair ON entity_names USING gin (jianbao_name_pairs(name));
  CREATE FUNCTION jianbao_add_entity_names() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO entity_names (name) SELECT DISTINCT name FROM added ON CONFLICT DO NOTHING;
    RETURN NULL;
  END $$;
  CREATE TRIGGER entity_names_added AFTER INSERT ON article_entities
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION jianbao_add_entity_names();
  INSERT INTO entity_names (name) SELECT DISTINCT name FROM article_entities;
`;

/**
 * The SQL of the stored names holding `$1` (a name's head or brand, see filterLookups), each once: by the pairs' index when the
 * head is two characters (a pair), else (a head of one character outside the Basic Multilingual Plane, as JavaScript
 * counts two) by a scan of the distinct names.
 */
export function namesHoldingSql(head: string): string {
  const held = [...head].length === 2 ? 'jianbao_name_pairs(n.name) @> ARRAY[$1::text]' : 'strpos(n.name, $1) > 0';
  return `SELECT n.name FROM entity_names n WHERE ${held} AND EXISTS (SELECT 1 FROM article_entities e WHERE e.name = n.name)`;
}

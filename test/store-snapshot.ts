import Database from 'better-sqlite3';

/** Every row of every table of a store, to compare it before and after something that must not change it. */
export function snapshotStore(file: string): unknown {
  const db = new Database(file, { readonly: true });
  try {
    return ['source_files', 'issues', 'articles'].map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY id`).all());
  } finally {
    db.close();
  }
}

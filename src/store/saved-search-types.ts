/** Saved searches as every backend keeps them (repository `store.savedSearches`). */

/** The filters a search page carries besides its query (the query itself holds from:/to:). */
export interface SavedFilters {
  sections?: string[];
  tags?: string[];
  entities?: string[];
  sources?: string[];
}

/** A query and its filters saved under a name by one user, seen by nobody else. */
export interface SavedSearch {
  id: number;
  owner: string;
  name: string;
  query: string;
  filters: SavedFilters;
  createdAt: string;
}

/** The repository of saved searches. */
export interface SavedSearchStore {
  /** Adds one; null when the owner has one of that name already. */
  add(s: Omit<SavedSearch, 'id'>): Promise<SavedSearch | null>;
  /** The owner's saved searches by name. */
  list(owner: string): Promise<SavedSearch[]>;
  get(id: number): Promise<SavedSearch | null>;
  /** Removes one; false when there was none. */
  remove(id: number): Promise<boolean>;
}

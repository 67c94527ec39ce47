/** Whether a path parameter can be a row id (a UUID): anything else is a 404 without asking the database. */
export const isUuid = (id: string) => /^[0-9a-f-]{36}$/.test(id);

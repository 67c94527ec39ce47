import { loadConfig } from "../../config.js";
import { openDatabase } from "../../db/client.js";
import { rotateKeys } from "../../features/consultations/consultations.service.js";
import type { Command } from "../index.js";

export const recordsRotateCommand: Command = {
  summary: "Re-encrypt health data under the first key in RECORDS_KEYS (after adding a new key first)",
  async run(_args, io) {
    const config = loadConfig();
    const database = await openDatabase(config.database);
    try {
      const moved = await rotateKeys(database.db, config.recordsKeys);
      io.stdout.write(
        `Re-encrypted ${moved} values under key "${config.recordsKeys[0]!.id}". Older keys can be removed from RECORDS_KEYS now.\n`,
      );
      return 0;
    } finally {
      await database.close();
    }
  },
};

import { Command } from 'commander';
import { loadConfig } from '../../server/config.ts';
import { openDatabase } from '../../server/db/connect.ts';
import { migrateToLatest } from '../../server/db/migrator.ts';

export const migrateCommand = () =>
  new Command('migrate').description('Bring the database schema up to date').action(async () => {
    const database = await openDatabase(loadConfig());
    try {
      const applied = await migrateToLatest(database.db);
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
    } finally {
      await database.close();
    }
  });

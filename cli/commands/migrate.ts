import { Command } from 'commander';
import { loadConfig } from '../../server/config.ts';
import { openDatabase } from '../../server/db/connect.ts';

export const migrateCommand = () =>
  new Command('migrate').description("Bring the database schema up to date (as its owner) and grant the app's role what it needs").action(async () => {
    const database = await openDatabase(loadConfig());
    try {
      console.log(database.applied.length ? `Applied: ${database.applied.join(', ')}` : 'The database is up to date.');
    } finally {
      await database.close();
    }
  });

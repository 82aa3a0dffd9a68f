import { serve } from "./serve";
import { setup } from "./setup";

// Same database and session secret as `npm start`: see scripts/server-env.ts.
setup()
  .then((ready) => serve("dev", ready))
  .catch((error: unknown) => {
    console.error(`Factdeck could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });

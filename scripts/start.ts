import { build } from "./build";
import { serve } from "./serve";
import { setup } from "./setup";

async function main() {
  const ready = await setup();
  build();
  serve("start", ready);
}

main().catch((error: unknown) => {
  console.error(`Factdeck could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installPeerAddressStamp } = await import("./lib/auth/peer-address");
  installPeerAddressStamp();
}

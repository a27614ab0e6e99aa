export default async function globalTeardown(): Promise<void> {
  globalThis.__HASHIDARI_PG__?.stop();
}

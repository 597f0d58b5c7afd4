import sharp from 'sharp';

/**
 * The feedback module's settings, read from the environment here until they move into config.ts:
 * MAP_TILE_URL (a tile URL template; `local` serves a blank tile from the platform itself, for tests and
 * offline demos), MAP_TILE_ATTRIBUTION, FEEDBACK_RATE_LIMIT_PER_MINUTE (public posts per address),
 * OPEN311_RATE_LIMIT_PER_MINUTE (Open311 posts per API key).
 */
export function feedbackSettings(env: NodeJS.ProcessEnv = process.env) {
  const local = env.MAP_TILE_URL === 'local';
  const positive = (name: string, fallback: number) => {
    const value = Number(env[name]);
    return Number.isInteger(value) && value > 0 ? value : fallback;
  };
  return {
    map: {
      tileUrl: local ? '/api/feedback/map/blank-tile.png' : env.MAP_TILE_URL || 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      attribution: env.MAP_TILE_ATTRIBUTION || (local ? 'Bản đồ nền trống (kiểm thử)' : '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'),
      maxZoom: 19,
      // TP Lạng Sơn: the demo province's centre.
      center: { lat: 21.853, lng: 106.761 },
      zoom: 13,
    },
    publicPostsPerMinute: positive('FEEDBACK_RATE_LIMIT_PER_MINUTE', 10),
    open311PostsPerMinute: positive('OPEN311_RATE_LIMIT_PER_MINUTE', 30),
  };
}

let tile: Promise<Buffer> | undefined;
/** A blank 256×256 map tile, made once. */
export const blankTile = () => (tile ??= sharp({ create: { width: 256, height: 256, channels: 3, background: { r: 242, g: 239, b: 233 } } }).png().toBuffer());

/**
 * Checks for the Microsoft Teams app package: the manifest (a hand-written subset
 * of the rules of the official app manifest schema that matter for a bot-only app)
 * and the two icons (PNG size, colour type, transparency).
 *
 * Pure: no botbuilder, no file system. The caller reads the files and passes the
 * bytes in (scripts/teamsPackage.ts, test/teamsManifest.test.ts).
 */
import { inflateSync } from 'node:zlib';
import { isObject } from '../../src/util/isObject';

/** Oldest manifest schema this project accepts (1.19 is the first with `copilotAgents` and the current bot fields). */
export const MIN_MANIFEST_MINOR_VERSION = 19;
/** Teams shows at most this many commands per command list (the schema allows 12 from 1.24 on; we keep the older, stricter limit). */
export const MAX_COMMANDS_PER_LIST = 10;
export const BOT_SCOPES = ['personal', 'team', 'groupChat', 'copilot'] as const;
export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;

/** A template placeholder such as `${{MICROSOFT_APP_ID}}`. */
export const PLACEHOLDER_RE = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
const WHOLE_PLACEHOLDER_RE = /^\$\{\{\s*[A-Za-z_][A-Za-z0-9_]*\s*\}\}$/;
const GUID_RE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const SEMVER_RE = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const HEX_COLOR_RE = /^#[0-9a-fA-F]{6}$/;
const DOMAIN_RE = /^(\*\.)?([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}(:\d{1,5})?$/;

export interface ManifestValidationOptions {
  /**
   * Accept `${{NAME}}` placeholders where a GUID or a domain is expected
   * (validating the committed template rather than a packaged manifest).
   */
  allowPlaceholders?: boolean;
}

export function isGuid(value: unknown): value is string {
  return typeof value === 'string' && GUID_RE.test(value);
}

export function schemaUrlFor(manifestVersion: string): string {
  return `https://developer.microsoft.com/json-schemas/teams/v${manifestVersion}/MicrosoftTeams.schema.json`;
}

type Json = Record<string, unknown>;

/**
 * Validates a parsed manifest. Returns the problems found, each naming the field
 * (`bots[0].commandLists[1].commands[2].title: ...`); an empty array means valid.
 */
export function validateManifest(manifest: unknown, options: ManifestValidationOptions = {}): string[] {
  const errors: string[] = [];
  const err = (field: string, message: string): void => {
    errors.push(`${field}: ${message}`);
  };
  const isPlaceholder = (v: unknown): boolean =>
    options.allowPlaceholders === true && typeof v === 'string' && WHOLE_PLACEHOLDER_RE.test(v);

  const str = (obj: Json, key: string, field: string, max: number, required = true): string | undefined => {
    const value = obj[key];
    if (value === undefined) {
      if (required) err(field, 'is required');
      return undefined;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      err(field, 'must be a non-empty string');
      return undefined;
    }
    if (value.length > max) err(field, `must be at most ${max} characters (has ${value.length})`);
    return value;
  };
  const guid = (obj: Json, key: string, field: string): void => {
    const value = obj[key];
    if (value === undefined) err(field, 'is required');
    else if (!isGuid(value) && !isPlaceholder(value)) err(field, `must be a GUID (got ${JSON.stringify(value)})`);
  };
  const httpsUrl = (obj: Json, key: string, field: string): void => {
    const value = str(obj, key, field, 2048);
    if (value === undefined) return;
    let url: URL | undefined;
    try {
      url = new URL(value);
    } catch {
      url = undefined;
    }
    if (!url || url.protocol !== 'https:') err(field, `must be an https:// URL (got ${JSON.stringify(value)})`);
  };
  const relativePng = (obj: Json, key: string, field: string): void => {
    const value = str(obj, key, field, 2048);
    if (value === undefined) return;
    if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('/') || value.split(/[\\/]/).includes('..')) {
      err(field, 'must be a relative path inside the package');
    } else if (!value.toLowerCase().endsWith('.png')) {
      err(field, 'must name a .png file');
    }
  };

  if (!isObject(manifest)) return ['manifest: must be a JSON object'];

  // manifestVersion and $schema
  const manifestVersion = manifest.manifestVersion;
  let versionOk = false;
  if (typeof manifestVersion !== 'string') {
    err('manifestVersion', 'is required (a string such as "1.19")');
  } else {
    const m = /^1\.(\d+)$/.exec(manifestVersion);
    if (!m) err('manifestVersion', `must look like "1.<minor>" (got ${JSON.stringify(manifestVersion)})`);
    else if (Number(m[1]) < MIN_MANIFEST_MINOR_VERSION) {
      err('manifestVersion', `must be 1.${MIN_MANIFEST_MINOR_VERSION} or newer (got ${manifestVersion})`);
    } else versionOk = true;
  }
  if (manifest.$schema !== undefined) {
    if (typeof manifest.$schema !== 'string') err('$schema', 'must be a string');
    else if (versionOk) {
      const expected = schemaUrlFor(manifestVersion as string);
      const normalized = manifest.$schema.replace('developer.microsoft.com/en-us/', 'developer.microsoft.com/');
      if (normalized !== expected) err('$schema', `must be ${expected} to match manifestVersion`);
    }
  }

  // version, id
  const version = manifest.version;
  if (typeof version !== 'string' || !SEMVER_RE.test(version)) {
    err('version', `must be MAJOR.MINOR.PATCH, e.g. "1.0.0" (got ${JSON.stringify(version)})`);
  }
  guid(manifest, 'id', 'id');

  // developer
  if (!isObject(manifest.developer)) err('developer', 'is required (name, websiteUrl, privacyUrl, termsOfUseUrl)');
  else {
    const dev = manifest.developer;
    str(dev, 'name', 'developer.name', 32);
    httpsUrl(dev, 'websiteUrl', 'developer.websiteUrl');
    httpsUrl(dev, 'privacyUrl', 'developer.privacyUrl');
    httpsUrl(dev, 'termsOfUseUrl', 'developer.termsOfUseUrl');
  }

  // name, description
  if (!isObject(manifest.name)) err('name', 'is required (short, full)');
  else {
    str(manifest.name, 'short', 'name.short', 30);
    str(manifest.name, 'full', 'name.full', 100, false);
  }
  if (!isObject(manifest.description)) err('description', 'is required (short, full)');
  else {
    str(manifest.description, 'short', 'description.short', 80);
    str(manifest.description, 'full', 'description.full', 4000);
  }

  // icons, accentColor
  if (!isObject(manifest.icons)) err('icons', 'is required (color, outline)');
  else {
    relativePng(manifest.icons, 'color', 'icons.color');
    relativePng(manifest.icons, 'outline', 'icons.outline');
    if (manifest.icons.color !== undefined && manifest.icons.color === manifest.icons.outline) {
      err('icons', 'color and outline must be different files');
    }
  }
  if (typeof manifest.accentColor !== 'string' || !HEX_COLOR_RE.test(manifest.accentColor)) {
    err('accentColor', `must be an HTML colour like "#0F6E73" (got ${JSON.stringify(manifest.accentColor)})`);
  }

  // bots
  const bots = manifest.bots;
  if (!Array.isArray(bots) || bots.length === 0) err('bots', 'must declare the bot (an array with one entry)');
  else {
    if (bots.length > 1) err('bots', 'Teams supports only one bot per app');
    bots.forEach((bot: unknown, i) => validateBot(bot, `bots[${i}]`, err, guid));
  }

  // validDomains
  if (manifest.validDomains !== undefined) {
    if (!Array.isArray(manifest.validDomains)) err('validDomains', 'must be an array of host names');
    else {
      if (manifest.validDomains.length > 16) err('validDomains', 'must have at most 16 entries');
      manifest.validDomains.forEach((d: unknown, i) => {
        if (isPlaceholder(d)) return;
        if (typeof d !== 'string' || !DOMAIN_RE.test(d)) {
          err(`validDomains[${i}]`, `must be a host name without scheme or path (got ${JSON.stringify(d)})`);
        }
      });
      if (new Set(manifest.validDomains).size !== manifest.validDomains.length) err('validDomains', 'has duplicates');
    }
  }

  if (manifest.defaultInstallScope !== undefined) {
    const scopes = Array.isArray(bots) && isObject(bots[0]) && Array.isArray(bots[0].scopes) ? bots[0].scopes : [];
    if (!scopes.includes(manifest.defaultInstallScope)) {
      err('defaultInstallScope', `must be one of the bot's scopes (${scopes.join(', ')})`);
    }
  }

  // Left-over placeholders anywhere (a packaged manifest must have none).
  if (options.allowPlaceholders !== true) {
    for (const found of findPlaceholders(manifest)) {
      if (!errors.some((e) => e.startsWith(`${found.path}: `))) err(found.path, `still contains the placeholder ${found.token}`);
    }
  }
  return errors;
}

function validateBot(
  bot: unknown,
  field: string,
  err: (field: string, message: string) => void,
  guid: (obj: Json, key: string, field: string) => void,
): void {
  if (!isObject(bot)) {
    err(field, 'must be an object');
    return;
  }
  guid(bot, 'botId', `${field}.botId`);
  for (const flag of ['isNotificationOnly', 'supportsFiles', 'supportsCalling', 'supportsVideo', 'needsChannelSelector']) {
    if (bot[flag] !== undefined && typeof bot[flag] !== 'boolean') err(`${field}.${flag}`, 'must be true or false');
  }
  const botScopes = validateScopes(bot.scopes, `${field}.scopes`, err);
  if (bot.commandLists === undefined) {
    err(`${field}.commandLists`, 'is required: list the questions people can ask');
    return;
  }
  if (!Array.isArray(bot.commandLists) || bot.commandLists.length === 0) {
    err(`${field}.commandLists`, 'must be a non-empty array');
    return;
  }
  if (bot.commandLists.length > 3) err(`${field}.commandLists`, 'must have at most 3 lists');
  bot.commandLists.forEach((list: unknown, i) => {
    const lf = `${field}.commandLists[${i}]`;
    if (!isObject(list)) {
      err(lf, 'must be an object');
      return;
    }
    const listScopes = validateScopes(list.scopes, `${lf}.scopes`, err);
    for (const s of listScopes) {
      if (!botScopes.includes(s)) err(`${lf}.scopes`, `"${s}" is not one of the bot's scopes`);
    }
    if (!Array.isArray(list.commands) || list.commands.length === 0) {
      err(`${lf}.commands`, 'must be a non-empty array');
      return;
    }
    if (list.commands.length > MAX_COMMANDS_PER_LIST) {
      err(`${lf}.commands`, `must have at most ${MAX_COMMANDS_PER_LIST} commands (has ${list.commands.length})`);
    }
    const titles = new Set<string>();
    list.commands.forEach((cmd: unknown, j) => {
      const cf = `${lf}.commands[${j}]`;
      if (!isObject(cmd)) {
        err(cf, 'must be an object');
        return;
      }
      for (const [key, max] of [['title', 32], ['description', 128]] as const) {
        const v = cmd[key];
        if (typeof v !== 'string' || v.trim() === '') err(`${cf}.${key}`, 'must be a non-empty string');
        else if (v.length > max) err(`${cf}.${key}`, `must be at most ${max} characters (has ${v.length})`);
      }
      if (typeof cmd.title === 'string') {
        const key = cmd.title.trim().toLowerCase();
        if (titles.has(key)) err(`${cf}.title`, `duplicate command "${cmd.title}"`);
        titles.add(key);
      }
    });
  });
}

function validateScopes(value: unknown, field: string, err: (field: string, message: string) => void): string[] {
  if (!Array.isArray(value) || value.length === 0) {
    err(field, `must be a non-empty array of ${BOT_SCOPES.join(', ')}`);
    return [];
  }
  const out: string[] = [];
  for (const s of value) {
    if (typeof s !== 'string' || !(BOT_SCOPES as readonly string[]).includes(s)) {
      err(field, `unknown scope ${JSON.stringify(s)} (allowed: ${BOT_SCOPES.join(', ')}; note the capital C in groupChat)`);
    } else if (out.includes(s)) err(field, `duplicate scope "${s}"`);
    else out.push(s);
  }
  return out;
}

/** Every `${{NAME}}` left in a JSON value, with the path where it was found. */
export function findPlaceholders(value: unknown, path = ''): { path: string; token: string }[] {
  if (typeof value === 'string') {
    return [...value.matchAll(PLACEHOLDER_RE)].map((m) => ({ path: path || '(root)', token: m[0] }));
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => findPlaceholders(v, `${path}[${i}]`));
  if (isObject(value)) {
    return Object.entries(value).flatMap(([k, v]) => findPlaceholders(v, path ? `${path}.${k}` : k));
  }
  return [];
}

/**
 * Replaces `${{NAME}}` in every string of a JSON value with `vars[NAME]`.
 * Throws one error naming every placeholder that has no value.
 */
export function substitutePlaceholders<T>(value: T, vars: Readonly<Record<string, string | undefined>>): T {
  const missing = new Set<string>();
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      return v.replace(PLACEHOLDER_RE, (token, name: string) => {
        const replacement = vars[name];
        if (replacement === undefined || replacement === '') {
          missing.add(name);
          return token;
        }
        return replacement;
      });
    }
    if (Array.isArray(v)) return v.map(walk);
    if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  const result = walk(value) as T;
  if (missing.size > 0) throw new Error(`No value for placeholder(s): ${[...missing].join(', ')}`);
  return result;
}

// ---------------------------------------------------------------------------
// PNG

export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  /** 0 grey, 2 RGB, 3 palette, 4 grey+alpha, 6 RGBA */
  colorType: number;
  interlace: number;
}

export interface DecodedPng extends PngHeader {
  /** width * height * 4 bytes, RGBA, straight alpha */
  rgba: Uint8Array;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface PngChunk {
  type: string;
  data: Buffer;
}

function pngChunks(buf: Buffer): PngChunk[] {
  if (buf.length < 8 || !buf.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG file (bad signature)');
  const chunks: PngChunk[] = [];
  let off = 8;
  while (off + 12 <= buf.length) {
    const len = buf.readUInt32BE(off);
    const type = buf.toString('latin1', off + 4, off + 8);
    if (off + 12 + len > buf.length) throw new Error(`PNG chunk ${type} runs past the end of the file`);
    chunks.push({ type, data: buf.subarray(off + 8, off + 8 + len) });
    off += 12 + len;
    if (type === 'IEND') break;
  }
  if (chunks[0]?.type !== 'IHDR') throw new Error('PNG does not start with an IHDR chunk');
  return chunks;
}

/** Reads the IHDR chunk: the exact pixel size and the colour type. */
export function readPngHeader(buf: Buffer): PngHeader {
  const ihdr = pngChunks(buf)[0]!.data;
  if (ihdr.length !== 13) throw new Error('PNG IHDR chunk has the wrong length');
  return {
    width: ihdr.readUInt32BE(0),
    height: ihdr.readUInt32BE(4),
    bitDepth: ihdr[8]!,
    colorType: ihdr[9]!,
    interlace: ihdr[12]!,
  };
}

/** Decodes an 8-bit, non-interlaced PNG (grey, RGB, palette, grey+alpha or RGBA) to RGBA pixels. */
export function decodePng(buf: Buffer): DecodedPng {
  const chunks = pngChunks(buf);
  const header = readPngHeader(buf);
  const { width, height, bitDepth, colorType, interlace } = header;
  if (bitDepth !== 8) throw new Error(`only 8-bit PNGs are supported (this one is ${bitDepth}-bit)`);
  if (interlace !== 0) throw new Error('interlaced PNGs are not supported');
  const channels = ({ 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as Record<number, number>)[colorType];
  if (channels === undefined) throw new Error(`unknown PNG colour type ${colorType}`);
  const palette = chunks.find((c) => c.type === 'PLTE')?.data;
  const trns = chunks.find((c) => c.type === 'tRNS')?.data;
  if (colorType === 3 && !palette) throw new Error('palette PNG without a PLTE chunk');

  const raw = inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const stride = width * channels;
  if (raw.length < height * (stride + 1)) throw new Error('PNG image data is truncated');
  const pixels = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const src = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = pixels.subarray(y * stride, (y + 1) * stride);
    const prev = y > 0 ? pixels.subarray((y - 1) * stride, y * stride) : Buffer.alloc(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? row[x - channels]! : 0;
      const b = prev[x]!;
      const c = x >= channels ? prev[x - channels]! : 0;
      let predictor: number;
      switch (filter) {
        case 0: predictor = 0; break;
        case 1: predictor = a; break;
        case 2: predictor = b; break;
        case 3: predictor = (a + b) >> 1; break;
        case 4: {
          const p = a + b - c;
          const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
          predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
          break;
        }
        default: throw new Error(`bad PNG filter type ${filter} on row ${y}`);
      }
      row[x] = (src[x]! + predictor) & 0xff;
    }
  }

  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const p = i * channels;
    let r: number, g: number, b: number, alpha = 255;
    switch (colorType) {
      case 0:
        r = g = b = pixels[p]!;
        if (trns && trns.length >= 2 && trns.readUInt16BE(0) === r) alpha = 0;
        break;
      case 2:
        r = pixels[p]!; g = pixels[p + 1]!; b = pixels[p + 2]!;
        if (trns && trns.length >= 6 && trns.readUInt16BE(0) === r && trns.readUInt16BE(2) === g && trns.readUInt16BE(4) === b) alpha = 0;
        break;
      case 3: {
        const idx = pixels[p]!;
        r = palette![idx * 3] ?? 0; g = palette![idx * 3 + 1] ?? 0; b = palette![idx * 3 + 2] ?? 0;
        alpha = trns && idx < trns.length ? trns[idx]! : 255;
        break;
      }
      case 4:
        r = g = b = pixels[p]!; alpha = pixels[p + 1]!;
        break;
      default:
        r = pixels[p]!; g = pixels[p + 1]!; b = pixels[p + 2]!; alpha = pixels[p + 3]!;
    }
    rgba.set([r, g, b, alpha], i * 4);
  }
  return { ...header, rgba };
}

/** True when at least one pixel is fully transparent. */
export function pngHasTransparency(buf: Buffer): boolean {
  const { rgba } = decodePng(buf);
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i] === 0) return true;
  return false;
}

export interface IconFiles {
  /** bytes of the colour icon, or undefined when the file is missing */
  color: Buffer | undefined;
  outline: Buffer | undefined;
  colorName?: string;
  outlineName?: string;
}

/**
 * Teams icon rules: colour icon 192x192 full-colour PNG; outline icon 32x32 PNG,
 * white on a transparent background.
 */
export function validateIcons(files: IconFiles): string[] {
  const errors: string[] = [];
  const colorName = files.colorName ?? 'color icon';
  const outlineName = files.outlineName ?? 'outline icon';

  if (!files.color) errors.push(`${colorName}: file is missing`);
  else {
    try {
      const h = readPngHeader(files.color);
      if (h.width !== COLOR_ICON_SIZE || h.height !== COLOR_ICON_SIZE) {
        errors.push(`${colorName}: must be ${COLOR_ICON_SIZE}x${COLOR_ICON_SIZE} pixels (is ${h.width}x${h.height})`);
      }
      if (h.colorType === 0 || h.colorType === 4) errors.push(`${colorName}: must be a full-colour PNG, not greyscale`);
      decodePng(files.color);
    } catch (e) {
      errors.push(`${colorName}: ${(e as Error).message}`);
    }
  }

  if (!files.outline) errors.push(`${outlineName}: file is missing`);
  else {
    try {
      const h = readPngHeader(files.outline);
      if (h.width !== OUTLINE_ICON_SIZE || h.height !== OUTLINE_ICON_SIZE) {
        errors.push(`${outlineName}: must be ${OUTLINE_ICON_SIZE}x${OUTLINE_ICON_SIZE} pixels (is ${h.width}x${h.height})`);
      }
      const { rgba } = decodePng(files.outline);
      let transparent = 0, visible = 0, nonWhite = 0;
      for (let i = 0; i < rgba.length; i += 4) {
        const alpha = rgba[i + 3]!;
        if (alpha === 0) transparent++;
        if (alpha >= 16) {
          visible++;
          if (rgba[i]! < 250 || rgba[i + 1]! < 250 || rgba[i + 2]! < 250) nonWhite++;
        }
      }
      if (transparent === 0) errors.push(`${outlineName}: must have a transparent background (no transparent pixel found)`);
      if (visible === 0) errors.push(`${outlineName}: is completely transparent`);
      if (nonWhite > 0) errors.push(`${outlineName}: must be white only (${nonWhite} visible pixels are not white)`);
    } catch (e) {
      errors.push(`${outlineName}: ${(e as Error).message}`);
    }
  }
  return errors;
}

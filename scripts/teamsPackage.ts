/**
 * Builds the Microsoft Teams app package: teams/build/back-relief-teams.zip with
 * manifest.json (placeholders filled in) and the two icons at the zip root.
 *
 *   npm run teams:package              needs MicrosoftAppId (from the environment or .env)
 *   npm run teams:package -- --dev     uses a fixed placeholder app id when MicrosoftAppId is unset
 *   ... -- --out some/file.zip         write somewhere else
 *
 * Environment:
 *   MicrosoftAppId  the bot's Microsoft App ID (Azure Bot resource): bots[0].botId
 *   TeamsAppId      optional Teams app id (manifest `id`); defaults to MicrosoftAppId
 *   BOT_DOMAIN      optional public host of the bot (e.g. backrelief.azurewebsites.net,
 *                   a URL is accepted too): listed in validDomains
 *
 * The manifest and icons are validated first (scripts/lib/manifestValidator.ts);
 * nothing is written when validation fails.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import JSZip from 'jszip';
import {
  isGuid,
  substitutePlaceholders,
  validateIcons,
  validateManifest,
} from './lib/manifestValidator';
import { findRepoRoot } from './makeTeamsIcons';

/** Used by --dev when MicrosoftAppId is unset. Not a registered app: Teams will not reach the bot with it. */
export const DEV_PLACEHOLDER_APP_ID = '0b4c4e11-e7ee-4000-8000-00000000b4c1';
export const PACKAGE_FILE_NAME = 'back-relief-teams.zip';
/** Fixed time stamp for the zip entries, so that the same inputs give the same bytes. */
const ZIP_DATE = new Date('2026-01-01T00:00:00Z');
const BOT_DOMAIN_TOKEN = '${{BOT_DOMAIN}}';

export class TeamsPackageError extends Error {
  constructor(message: string, readonly problems: string[] = []) {
    super(problems.length ? `${message}\n${problems.map((p) => `  - ${p}`).join('\n')}` : message);
    this.name = 'TeamsPackageError';
  }
}

export interface TeamsPackageOptions {
  /** folder holding manifest.json and the icons (default: <repo>/teams) */
  teamsDir?: string;
  /** bots[0].botId */
  appId: string;
  /** manifest id; defaults to appId */
  teamsAppId?: string;
  /** host name (or URL) for validDomains; left out when empty */
  botDomain?: string;
  /** the zip to write (default: <teamsDir>/build/back-relief-teams.zip) */
  outFile?: string;
}

export interface TeamsPackageResult {
  outFile: string;
  manifest: Record<string, unknown>;
  /** the names in the zip, in order */
  files: string[];
}

export function normalizeDomain(value: string): string {
  const v = value.trim();
  if (!v) return '';
  try {
    return /^[a-z][a-z0-9+.-]*:\/\//i.test(v) ? new URL(v).host : v.replace(/\/.*$/, '');
  } catch {
    return v;
  }
}

/** Reads the template, fills it in and validates it with the icons. Writes nothing. */
export function prepareTeamsPackage(options: TeamsPackageOptions): { manifest: Record<string, unknown>; icons: Map<string, Buffer> } {
  const teamsDir = resolve(options.teamsDir ?? join(findRepoRoot(), 'teams'));
  const templatePath = join(teamsDir, 'manifest.json');
  if (!existsSync(templatePath)) throw new TeamsPackageError(`No manifest template at ${templatePath}`);
  let template: unknown;
  try {
    template = JSON.parse(readFileSync(templatePath, 'utf8'));
  } catch (e) {
    throw new TeamsPackageError(`${templatePath} is not valid JSON: ${(e as Error).message}`);
  }
  if (typeof template !== 'object' || template === null || Array.isArray(template)) {
    throw new TeamsPackageError(`${templatePath} must hold a JSON object`);
  }

  if (!isGuid(options.appId)) {
    throw new TeamsPackageError(`MicrosoftAppId must be a GUID such as 00000000-0000-0000-0000-000000000000 (got ${JSON.stringify(options.appId)})`);
  }
  const teamsAppId = options.teamsAppId?.trim() || options.appId;
  if (!isGuid(teamsAppId)) throw new TeamsPackageError(`TeamsAppId must be a GUID (got ${JSON.stringify(teamsAppId)})`);
  const botDomain = normalizeDomain(options.botDomain ?? '');

  const filled = { ...(template as Record<string, unknown>) };
  if (Array.isArray(filled.validDomains)) {
    filled.validDomains = filled.validDomains.flatMap((d: unknown) => (d === BOT_DOMAIN_TOKEN ? (botDomain ? [botDomain] : []) : [d]));
  }
  let manifest: Record<string, unknown>;
  try {
    manifest = substitutePlaceholders(filled, { MICROSOFT_APP_ID: options.appId, TEAMS_APP_ID: teamsAppId, BOT_DOMAIN: botDomain });
  } catch (e) {
    throw new TeamsPackageError(`${templatePath}: ${(e as Error).message}`);
  }

  const problems = validateManifest(manifest).map((p) => `manifest.json ${p}`);
  const icons = new Map<string, Buffer>();
  const iconNames = (manifest.icons ?? {}) as { color?: unknown; outline?: unknown };
  if (typeof iconNames.color === 'string' && typeof iconNames.outline === 'string') {
    const read = (name: string): Buffer | undefined => {
      const p = join(teamsDir, name);
      return existsSync(p) ? readFileSync(p) : undefined;
    };
    const color = read(iconNames.color);
    const outline = read(iconNames.outline);
    problems.push(...validateIcons({ color, outline, colorName: iconNames.color, outlineName: iconNames.outline }));
    if (color) icons.set(iconNames.color, color);
    if (outline) icons.set(iconNames.outline, outline);
  }
  if (problems.length) throw new TeamsPackageError(`The Teams app package is not valid (${templatePath}):`, problems);
  return { manifest, icons };
}

/** Validates, then writes the zip: manifest.json + the two icons, nothing else, at the zip root. */
export async function buildTeamsPackage(options: TeamsPackageOptions): Promise<TeamsPackageResult> {
  const teamsDir = resolve(options.teamsDir ?? join(findRepoRoot(), 'teams'));
  const { manifest, icons } = prepareTeamsPackage({ ...options, teamsDir });
  const outFile = resolve(options.outFile ?? join(teamsDir, 'build', PACKAGE_FILE_NAME));

  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, { date: ZIP_DATE, createFolders: false });
  for (const [name, bytes] of icons) zip.file(name, bytes, { date: ZIP_DATE, createFolders: false });
  const files = Object.keys(zip.files);
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'DOS' });
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, bytes);
  return { outFile, manifest, files };
}

interface CliIo {
  log: (message: string) => void;
  error: (message: string) => void;
}

const USAGE = `Usage: npm run teams:package [-- --dev] [-- --out <file.zip>]
  --dev          use the placeholder app id ${DEV_PLACEHOLDER_APP_ID} when MicrosoftAppId is unset
  --out <file>   where to write the zip (default teams/build/${PACKAGE_FILE_NAME})
Environment (or .env): MicrosoftAppId (required without --dev), TeamsAppId, BOT_DOMAIN`;

/** The command line, without touching process.env or process.exit: returns the exit code. */
export async function runCli(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  io: CliIo = { log: (m) => console.log(m), error: (m) => console.error(m) },
  teamsDir?: string,
): Promise<number> {
  let dev = false;
  let outFile: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--dev') dev = true;
    else if (arg === '--out' && argv[i + 1]) outFile = argv[++i];
    else if (arg.startsWith('--out=')) outFile = arg.slice('--out='.length);
    else if (arg === '--help' || arg === '-h') {
      io.log(USAGE);
      return 0;
    } else {
      io.error(`Unknown argument ${JSON.stringify(arg)}\n${USAGE}`);
      return 2;
    }
  }

  let appId = env.MicrosoftAppId?.trim() ?? '';
  if (!appId) {
    if (!dev) {
      io.error(
        'MicrosoftAppId is not set, so the Teams package would not point at any bot.\n' +
          'Set MicrosoftAppId (the Microsoft App ID of your Azure Bot resource) in the environment or in .env,\n' +
          `or run "npm run teams:package -- --dev" to use the placeholder id ${DEV_PLACEHOLDER_APP_ID}.`,
      );
      return 1;
    }
    appId = DEV_PLACEHOLDER_APP_ID;
    io.log(`--dev: MicrosoftAppId is not set, using the placeholder ${DEV_PLACEHOLDER_APP_ID} (Teams cannot reach a bot with it).`);
  }

  try {
    const result = await buildTeamsPackage({
      appId,
      teamsAppId: env.TeamsAppId,
      botDomain: env.BOT_DOMAIN,
      outFile: outFile ? resolve(outFile) : undefined,
      teamsDir,
    });
    io.log(`Wrote ${result.outFile} (${result.files.join(', ')}) for bot ${appId}.`);
    if (!env.BOT_DOMAIN) io.log('Note: BOT_DOMAIN is not set, so validDomains is empty.');
    return 0;
  } catch (e) {
    io.error(e instanceof TeamsPackageError ? e.message : `Could not build the Teams package: ${(e as Error).stack ?? e}`);
    return 1;
  }
}

if (require.main === module) {
  const envFile = join(findRepoRoot(), '.env');
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  runCli(process.argv.slice(2), process.env).then((code) => {
    process.exitCode = code;
  });
}

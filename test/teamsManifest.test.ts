import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import {
  decodePng,
  isGuid,
  MAX_COMMANDS_PER_LIST,
  pngHasTransparency,
  readPngHeader,
  schemaUrlFor,
  substitutePlaceholders,
  validateIcons,
  validateManifest,
} from '../scripts/lib/manifestValidator';
import { encodePng, renderColorIcon, renderOutlineIcon } from '../scripts/makeTeamsIcons';
import { buildTeamsPackage, DEV_PLACEHOLDER_APP_ID, runCli, TeamsPackageError } from '../scripts/teamsPackage';

const ROOT = join(__dirname, '..');
const TEAMS_DIR = join(ROOT, 'teams');
const APP_ID = '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b';

type Manifest = Record<string, any>;

function template(): Manifest {
  return JSON.parse(readFileSync(join(TEAMS_DIR, 'manifest.json'), 'utf8'));
}

function filled(): Manifest {
  return substitutePlaceholders(template(), { MICROSOFT_APP_ID: APP_ID, TEAMS_APP_ID: APP_ID, BOT_DOMAIN: 'backrelief.example.org' });
}

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'teams-manifest-'));
});
afterEach(() => {
  rmSync(tmp, { recursive: true, force: true });
});

function quietIo() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { log: (m: string) => out.push(m), error: (m: string) => err.push(m) }, out, err };
}

async function zipEntries(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const entries = new Map<string, Buffer>();
  for (const [name, entry] of Object.entries(zip.files)) {
    entries.set(name, entry.dir ? Buffer.alloc(0) : await entry.async('nodebuffer'));
  }
  return entries;
}

describe('teams/manifest.json template', () => {
  it('is valid with its placeholders', () => {
    expect(validateManifest(template(), { allowPlaceholders: true })).toEqual([]);
  });

  it('is valid once the ids are filled in', () => {
    expect(validateManifest(filled())).toEqual([]);
  });

  it('has the required fields of a current manifest', () => {
    const m = template();
    const minor = Number(/^1\.(\d+)$/.exec(m.manifestVersion)?.[1]);
    expect(minor).toBeGreaterThanOrEqual(19);
    expect(m.$schema).toBe(schemaUrlFor(m.manifestVersion));
    expect(m.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(m.id).toBe('${{TEAMS_APP_ID}}');
    expect(isGuid(filled().id)).toBe(true);
    expect(m.developer).toEqual(expect.objectContaining({ name: expect.any(String), websiteUrl: expect.stringMatching(/^https:\/\//), privacyUrl: expect.stringMatching(/^https:\/\//), termsOfUseUrl: expect.stringMatching(/^https:\/\//) }));
    expect(m.name.short.length).toBeLessThanOrEqual(30);
    expect(m.description.short.length).toBeLessThanOrEqual(80);
    expect(m.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
    expect(m.accentColor).toMatch(/^#[0-9A-Fa-f]{6}$/);
  });

  it('says it is self-care information and not a substitute for a doctor', () => {
    const { description } = template();
    expect(description.short).toMatch(/self-care/i);
    expect(description.short).toMatch(/not a substitute/i);
    expect(description.full).toMatch(/self-care information/i);
    expect(description.full).toMatch(/not a substitute for a doctor/i);
  });

  it('declares one bot for personal, team and group chat with the top questions', () => {
    const [bot, ...others] = template().bots;
    expect(others).toEqual([]);
    expect(bot.botId).toBe('${{MICROSOFT_APP_ID}}');
    expect(filled().bots[0].botId).toBe(APP_ID);
    expect([...bot.scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
    const covered = new Set(bot.commandLists.flatMap((l: Manifest) => l.scopes));
    expect([...covered].sort()).toEqual(['groupChat', 'personal', 'team']);
    for (const list of bot.commandLists) {
      expect(list.commands.length).toBeLessThanOrEqual(MAX_COMMANDS_PER_LIST);
      expect(list.commands.map((c: Manifest) => c.title)).toEqual([
        'Ice or heat?',
        'Stretches',
        'Can I take ibuprofen?',
        'When should I see a doctor?',
        'Check my symptoms',
        'Help',
      ]);
    }
  });
});

describe('validateManifest on a broken manifest', () => {
  const cases: [string, (m: Manifest) => void, RegExp][] = [
    ['missing manifestVersion', (m) => delete m.manifestVersion, /^manifestVersion: /],
    ['old manifestVersion', (m) => { m.manifestVersion = '1.16'; }, /^manifestVersion: must be 1\.19 or newer/],
    ['$schema of another version', (m) => { m.$schema = schemaUrlFor('1.19'); }, /^\$schema: /],
    ['bad version', (m) => { m.version = 'v1'; }, /^version: /],
    ['id not a GUID', (m) => { m.id = 'back-relief'; }, /^id: must be a GUID/],
    ['missing developer', (m) => delete m.developer, /^developer: is required/],
    ['http privacy URL', (m) => { m.developer.privacyUrl = 'http://example.org/p'; }, /^developer\.privacyUrl: must be an https/],
    ['missing name', (m) => delete m.name, /^name: is required/],
    ['long short name', (m) => { m.name.short = 'x'.repeat(31); }, /^name\.short: must be at most 30/],
    ['missing description.full', (m) => delete m.description.full, /^description\.full: is required/],
    ['long short description', (m) => { m.description.short = 'x'.repeat(81); }, /^description\.short: must be at most 80/],
    ['missing icons', (m) => delete m.icons, /^icons: is required/],
    ['icon URL', (m) => { m.icons.color = 'https://example.org/c.png'; }, /^icons\.color: must be a relative path/],
    ['accentColor name', (m) => { m.accentColor = 'teal'; }, /^accentColor: /],
    ['no bots', (m) => { m.bots = []; }, /^bots: /],
    ['botId not a GUID', (m) => { m.bots[0].botId = 'nope'; }, /^bots\[0\]\.botId: must be a GUID/],
    ['lower-case groupchat scope', (m) => { m.bots[0].scopes = ['personal', 'groupchat']; }, /^bots\[0\]\.scopes: unknown scope "groupchat"/],
    ['no commandLists', (m) => delete m.bots[0].commandLists, /^bots\[0\]\.commandLists: is required/],
    [
      'eleven commands',
      (m) => { m.bots[0].commandLists[0].commands = Array.from({ length: 11 }, (_, i) => ({ title: `Q${i}`, description: 'd' })); },
      /^bots\[0\]\.commandLists\[0\]\.commands: must have at most 10/,
    ],
    ['long command title', (m) => { m.bots[0].commandLists[0].commands[0].title = 'x'.repeat(33); }, /commands\[0\]\.title: must be at most 32/],
    ['command list scope not of the bot', (m) => { m.bots[0].scopes = ['personal']; }, /commandLists\[1\]\.scopes: "team" is not one of the bot's scopes/],
    ['domain with scheme', (m) => { m.validDomains = ['https://backrelief.example.org']; }, /^validDomains\[0\]: /],
    ['left-over placeholder', (m) => { m.name.full = 'Back Relief ${{ENV}}'; }, /^name\.full: still contains the placeholder/],
  ];

  it.each(cases)('reports %s', (_label, breakIt, expected) => {
    const m = filled();
    breakIt(m);
    const errors = validateManifest(m);
    expect(errors).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });

  it('rejects what is not an object', () => {
    expect(validateManifest(null)).toEqual(['manifest: must be a JSON object']);
    expect(validateManifest([])).toEqual(['manifest: must be a JSON object']);
  });
});

describe('icons', () => {
  const color = readFileSync(join(TEAMS_DIR, 'color.png'));
  const outline = readFileSync(join(TEAMS_DIR, 'outline.png'));

  it('exist with the exact pixel sizes (PNG IHDR)', () => {
    expect(readPngHeader(color)).toEqual(expect.objectContaining({ width: 192, height: 192 }));
    expect(readPngHeader(outline)).toEqual(expect.objectContaining({ width: 32, height: 32 }));
  });

  it('colour icon is full colour, outline is white on transparent', () => {
    expect([2, 6]).toContain(readPngHeader(color).colorType);
    expect(pngHasTransparency(outline)).toBe(true);
    expect(validateIcons({ color, outline })).toEqual([]);
  });

  it('are what scripts/makeTeamsIcons.ts draws (run npm run teams:icons after changing the drawing)', () => {
    expect(Buffer.from(decodePng(color).rgba).equals(Buffer.from(renderColorIcon().rgba))).toBe(true);
    expect(Buffer.from(decodePng(outline).rgba).equals(Buffer.from(renderOutlineIcon().rgba))).toBe(true);
  });

  it('validateIcons catches wrong sizes, opaque or coloured outlines and missing files', () => {
    expect(validateIcons({ color: outline, outline: color })).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/color icon: must be 192x192 pixels \(is 32x32\)/),
        expect.stringMatching(/outline icon: must be 32x32 pixels \(is 192x192\)/),
        expect.stringMatching(/outline icon: must have a transparent background/),
        expect.stringMatching(/outline icon: must be white only/),
      ]),
    );
    expect(validateIcons({ color: undefined, outline: undefined })).toEqual([
      'color icon: file is missing',
      'outline icon: file is missing',
    ]);
    expect(validateIcons({ color: Buffer.from('not a png'), outline })).toEqual([expect.stringMatching(/not a PNG/)]);
    const blank = encodePng({ width: 32, height: 32, rgba: new Uint8Array(32 * 32 * 4) });
    expect(validateIcons({ color, outline: blank })).toEqual(['outline icon: is completely transparent']);
  });
});

describe('npm run teams:package', () => {
  it('writes a zip with exactly manifest.json and the two icons, with the app id filled in', async () => {
    const out = join(tmp, 'pkg.zip');
    const { io, err } = quietIo();
    const code = await runCli(['--out', out], { MicrosoftAppId: APP_ID, BOT_DOMAIN: 'https://backrelief.example.org/api/messages' }, io);
    expect(err).toEqual([]);
    expect(code).toBe(0);

    const entries = await zipEntries(out);
    expect([...entries.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'));
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0].botId).toBe(APP_ID);
    expect(manifest.validDomains).toEqual(['backrelief.example.org']);
    expect(JSON.stringify(manifest)).not.toContain('${{');
    expect(validateManifest(manifest)).toEqual([]);
    expect(entries.get('color.png')!.equals(readFileSync(join(TEAMS_DIR, 'color.png')))).toBe(true);
    expect(entries.get('outline.png')!.equals(readFileSync(join(TEAMS_DIR, 'outline.png')))).toBe(true);
  });

  it('uses TeamsAppId for the manifest id when set', async () => {
    const teamsAppId = '11111111-2222-4333-8444-555555555555';
    const result = await buildTeamsPackage({ appId: APP_ID, teamsAppId, outFile: join(tmp, 'p.zip') });
    expect(result.manifest.id).toBe(teamsAppId);
    expect((result.manifest.bots as Manifest[])[0]!.botId).toBe(APP_ID);
    expect(result.manifest.validDomains).toEqual([]);
  });

  it('fails with a clear message when MicrosoftAppId is unset', async () => {
    const out = join(tmp, 'none.zip');
    const { io, err } = quietIo();
    expect(await runCli(['--out', out], {}, io)).toBe(1);
    expect(err.join('\n')).toMatch(/MicrosoftAppId is not set/);
    expect(err.join('\n')).toMatch(/--dev/);
    expect(existsSync(out)).toBe(false);
  });

  it('rejects an app id that is not a GUID', async () => {
    const { io, err } = quietIo();
    expect(await runCli(['--out', join(tmp, 'x.zip')], { MicrosoftAppId: 'my-bot' }, io)).toBe(1);
    expect(err.join('\n')).toMatch(/MicrosoftAppId must be a GUID/);
  });

  it('--dev falls back to the fixed placeholder GUID', async () => {
    const out = join(tmp, 'dev.zip');
    const { io, out: logs } = quietIo();
    expect(await runCli(['--dev', '--out', out], {}, io)).toBe(0);
    const manifest = JSON.parse((await zipEntries(out)).get('manifest.json')!.toString('utf8'));
    expect(manifest.bots[0].botId).toBe(DEV_PLACEHOLDER_APP_ID);
    expect(manifest.id).toBe(DEV_PLACEHOLDER_APP_ID);
    expect(isGuid(DEV_PLACEHOLDER_APP_ID)).toBe(true);
    expect(logs.join('\n')).toMatch(/placeholder/);
  });

  it('validates first: a broken manifest or icon stops it and writes nothing', async () => {
    const teamsDir = join(tmp, 'teams');
    cpSync(TEAMS_DIR, teamsDir, { recursive: true, filter: (src) => !src.includes(`${join(TEAMS_DIR, 'build')}`) });
    const out = join(tmp, 'broken.zip');

    const broken = template();
    delete broken.accentColor;
    broken.bots[0].scopes = ['personal', 'groupchat'];
    writeFileSync(join(teamsDir, 'manifest.json'), JSON.stringify(broken));
    await expect(buildTeamsPackage({ appId: APP_ID, teamsDir, outFile: out })).rejects.toThrow(TeamsPackageError);
    const { io, err } = quietIo();
    expect(await runCli(['--out', out], { MicrosoftAppId: APP_ID }, io, teamsDir)).toBe(1);
    expect(err.join('\n')).toMatch(/accentColor/);
    expect(err.join('\n')).toMatch(/groupchat/);
    expect(existsSync(out)).toBe(false);

    writeFileSync(join(teamsDir, 'manifest.json'), JSON.stringify(template()));
    writeFileSync(join(teamsDir, 'outline.png'), readFileSync(join(TEAMS_DIR, 'color.png')));
    await expect(buildTeamsPackage({ appId: APP_ID, teamsDir, outFile: out })).rejects.toThrow(/outline\.png: must be 32x32/);

    writeFileSync(join(teamsDir, 'manifest.json'), '{ not json');
    await expect(buildTeamsPackage({ appId: APP_ID, teamsDir, outFile: out })).rejects.toThrow(/not valid JSON/);
    expect(existsSync(out)).toBe(false);
  });

  it('rejects unknown arguments', async () => {
    const { io, err } = quietIo();
    expect(await runCli(['--frobnicate'], { MicrosoftAppId: APP_ID }, io)).toBe(2);
    expect(err.join('\n')).toMatch(/Unknown argument/);
  });
});

/**
 * Citations for Web Chat. A reply may carry a schema.org Message entity whose
 * `citation` Claims (position 1, 2...) name its sources; Teams renders those
 * from the entity and the "[1]" markers in the text. Web Chat (4.17+) renders
 * a reference list only for Markdown link definitions in the text
 * ("[1]: https://... \"Title\""), which it then matches to the Claims by
 * position. So for this Web Chat channel, definitions missing from the text
 * are added from the Claims. Pure; activities without citations pass as they are.
 */
import { isObject } from '../../util/isObject';
import type { JsonObject } from './store';

interface Citation {
  position: string;
  name?: string;
  url?: string;
}

function isMessageEntity(entity: unknown): entity is JsonObject {
  if (!isObject(entity)) return false;
  const type = entity['@type'] ?? entity.type;
  return type === 'Message' || type === 'https://schema.org/Message';
}

function citationsOf(activity: JsonObject): Citation[] {
  const entities = Array.isArray(activity.entities) ? activity.entities : [];
  const message = entities.find(isMessageEntity);
  const claims = message && Array.isArray(message.citation) ? message.citation : [];
  const out: Citation[] = [];
  for (const claim of claims) {
    if (!isObject(claim)) continue;
    const position = typeof claim.position === 'number' || typeof claim.position === 'string' ? String(claim.position) : '';
    if (!/^\d{1,3}$/.test(position)) continue;
    const appearance = isObject(claim.appearance) ? claim.appearance : {};
    const url = [appearance.url, claim.url].find((u): u is string => typeof u === 'string' && /^https?:\/\/\S+$/.test(u));
    const name = [claim.name, appearance.name].find((n): n is string => typeof n === 'string' && n.trim() !== '');
    out.push({ position, name, url });
  }
  return out;
}

/** Markdown-safe title in double quotes. */
const title = (text: string) => `"${text.replace(/"/g, "'").replace(/[\\\n\r]/g, ' ').slice(0, 200)}"`;

/**
 * Web Chat fails to render a bubble whose schema.org entity has no "@type"
 * (botbuilder's connector client strips entities to their `type` on the
 * HTTP path): give such entities the type named by their `type` URL.
 */
function repairSchemaOrgEntities(activity: JsonObject): JsonObject {
  if (!Array.isArray(activity.entities)) return activity;
  const entities = activity.entities.map((entity: unknown) => {
    if (!isObject(entity) || typeof entity.type !== 'string' || !entity.type.startsWith('https://schema.org/')) return entity;
    return typeof entity['@type'] === 'string' ? entity : { ...entity, '@type': entity.type.slice('https://schema.org/'.length) };
  });
  return { ...activity, entities };
}

export function withCitationDefinitions(raw: JsonObject): JsonObject {
  const activity = repairSchemaOrgEntities(raw);
  if (activity.type !== 'message' || typeof activity.text !== 'string' || activity.textFormat === 'plain') return activity;
  const citations = citationsOf(activity);
  if (citations.length === 0) return activity;
  const text = activity.text;
  const missing = citations.filter((c) => !new RegExp(`^\\s{0,3}\\[${c.position}\\]:`, 'm').test(text));
  if (missing.length === 0) return activity;
  // A claim without a link gets a "cite:" URL: Web Chat shows it as a button with the claim's text.
  const lines = missing.map((c) => `[${c.position}]: ${c.url ?? `cite:${c.position}`}${c.name ? ` ${title(c.name)}` : ''}`);
  return { ...activity, text: `${text}\n\n${lines.join('\n')}` };
}

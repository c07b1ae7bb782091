import * as z from 'zod/mini';
import { MAX_TEMPLATES } from '../messages';
import { templateSchema, type Template } from './model';

// Template files: export as JSON, import JSON (ours, or hand-written with only title, bodies and
// language) or a plain CSV of name,text. Pure: the options page reads the file and sends the
// result to the background in one message, so a bad file changes nothing.
z.config({ jitless: true });

const EXPORT_FORMAT = 'replydesk-templates';

export type ImportResult = { ok: true; templates: Template[] } | { ok: false; error: string };

export function exportTemplates(templates: readonly Template[]): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: 1, templates }, null, 2)}\n`;
}

/** One zod issue in words a person fixing the file understands. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.map(String).join('.');
  let what: string;
  if (issue.message && issue.message !== 'Invalid input') what = issue.message;
  else if (issue.code === 'invalid_value') what = `must be one of ${issue.values.map(String).join(', ')}`;
  else if (issue.code === 'invalid_type') what = issue.expected === 'string' ? 'must be text' : issue.expected === 'array' ? 'must be a list' : `must be a ${issue.expected}`;
  else if (issue.code === 'too_small') what = issue.origin === 'string' ? 'must not be empty' : `must be at least ${String(issue.minimum)}`;
  else if (issue.code === 'too_big') what = `is too long (at most ${String(issue.maximum)})`;
  else what = issue.code;
  return where ? `${where}: ${what}` : what;
}

// Hand-written files may leave out what has an obvious default.
function withDefaults(raw: unknown, newId: () => string): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const t = raw as Record<string, unknown>;
  const id = t.id ?? newId();
  return { group: id, intents: [], reasons: [], situations: [], channel: 'both', sites: [], tags: [], usageCount: 0, ...t, id };
}

export function parseTemplatesJson(text: string, newId: () => string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, error: `Not a JSON file: ${(error as Error).message}.` };
  }
  const list = Array.isArray(data) ? data : (data as { templates?: unknown } | null)?.templates;
  if (!Array.isArray(list)) return { ok: false, error: 'Expected a list of templates, or {"templates": [...]} as ReplyDesk exports.' };
  if (list.length === 0) return { ok: false, error: 'The file has no templates.' };
  if (list.length > MAX_TEMPLATES) return { ok: false, error: `The file has ${list.length} templates; at most ${MAX_TEMPLATES} at a time.` };
  const templates: Template[] = [];
  for (const [i, raw] of list.entries()) {
    const parsed = templateSchema.safeParse(withDefaults(raw, newId));
    if (!parsed.success) {
      const title = (raw as { title?: unknown } | null)?.title;
      const name = typeof title === 'string' && title ? ` (“${title.slice(0, 60)}”)` : '';
      const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more)` : '';
      return { ok: false, error: `Template ${i + 1}${name}: ${describeIssue(parsed.error.issues[0]!)}${more}. Nothing was imported.` };
    }
    templates.push(parsed.data);
  }
  const ids = new Set<string>();
  for (const t of templates) {
    if (ids.has(t.id)) return { ok: false, error: `Two templates have the id “${t.id}”. Nothing was imported.` };
    ids.add(t.id);
  }
  return { ok: true, templates };
}

/** RFC 4180 rows: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): { ok: true; rows: string[][] } | { ok: false; error: string } {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      [row, field] = [[], ''];
      rowLine = ++line;
    } else field += c;
  }
  if (quoted) return { ok: false, error: `Row starting on line ${rowLine}: a quoted field is never closed.` };
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return { ok: true, rows: rows.filter((r) => !(r.length === 1 && r[0]!.trim() === '')) };
}

/** A CSV of name,text (a header row is optional): each row one template in `language`. */
export function parseTemplatesCsv(text: string, language: string, newId: () => string): ImportResult {
  const csv = parseCsv(text);
  if (!csv.ok) return { ok: false, error: `${csv.error} Nothing was imported.` };
  let rows = csv.rows;
  if (rows[0] && rows[0][0]?.trim().toLowerCase() === 'name' && rows[0][1]?.trim().toLowerCase() === 'text') rows = rows.slice(1);
  if (rows.length === 0) return { ok: false, error: 'The file has no rows of name,text.' };
  if (rows.length > MAX_TEMPLATES) return { ok: false, error: `The file has ${rows.length} rows; at most ${MAX_TEMPLATES} at a time.` };
  const templates: Template[] = [];
  for (const [i, cells] of rows.entries()) {
    const [name = '', body = ''] = cells.map((c) => c.trim());
    const problem = cells.length !== 2 ? `expected 2 fields (name,text), found ${cells.length}` : !name ? 'the name is empty' : !body ? 'the text is empty' : null;
    if (problem) return { ok: false, error: `Row ${i + 1}: ${problem}. Nothing was imported.` };
    const id = newId();
    const parsed = templateSchema.safeParse({ id, group: id, title: name, bodies: { neutral: body }, language, intents: [], reasons: [], situations: [], channel: 'both', sites: [], tags: ['imported'], usageCount: 0 });
    if (!parsed.success) return { ok: false, error: `Row ${i + 1}: ${describeIssue(parsed.error.issues[0]!)}. Nothing was imported.` };
    templates.push(parsed.data);
  }
  return { ok: true, templates };
}

/** By the file's name: .csv is name,text; anything else is read as JSON. */
export function parseTemplateFile(fileName: string, text: string, csvLanguage: string, newId: () => string): ImportResult {
  return /\.csv$/i.test(fileName) ? parseTemplatesCsv(text, csvLanguage, newId) : parseTemplatesJson(text, newId);
}

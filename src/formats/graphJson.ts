// Graph JSON: the app's own format, self-contained (texts embedded), which opens again in
// the app and passes `npm run validate`. A filtered export says so in its description.
import type { ExportDoc } from './scope';

export function toGraphJson(doc: ExportDoc): string {
  return `${JSON.stringify(doc.graph, null, 2)}\n`;
}

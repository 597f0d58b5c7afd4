import { useDocumentTitle } from './kit';

/** A screen's one heading (in a card's title on the officers' screens), which also names the browser tab. */
export function PageTitle({ text }: { text: string }) {
  useDocumentTitle(text);
  return <h1 className="page-title">{text}</h1>;
}

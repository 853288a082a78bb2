// Where a diagnosed input came from, in the pane's order of preference (issue 5, item 2).
export type Origin =
  | 'item-eml' // the open message as EML (getAsFileAsync)
  | 'item-rebuilt' // the open message rebuilt from headers + body (older clients)
  | 'attachment' // a bounce attached to the open message
  | 'drop' // a file dropped or picked
  | 'paste' // text pasted into the pane
  | 'graph'; // an NDR read from Microsoft Graph

export interface Candidate {
  origin: Origin;
  /** Short human label: attachment or file name, "this message", a Graph subject. */
  label: string;
  input: Uint8Array | string;
}

// A path that could not be read, and why: reported per file or folder, never stopping the rest of a batch.

export interface InputFailure {
  path: string;
  message: string;
}

/**
 * A container for rendering a component in a test: attached to the document
 * before each test, emptied (Preact unmounts what it rendered) and detached
 * after it. Call once at a test file's top level.
 */
import { afterEach, beforeEach } from 'vitest';
import { render } from 'preact';

export function mountRoot(): HTMLElement {
  const root = document.createElement('div');
  beforeEach(() => {
    document.body.appendChild(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });
  return root;
}

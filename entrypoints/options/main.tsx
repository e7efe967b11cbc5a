import { render } from 'preact';
import '../../assets/ui.css';
import { App } from './App';

/** `options.html#add=example.com` (from the popup's "Add this site") pre-fills the add form. */
const added = /^#add=(.+)$/.exec(location.hash);
render(
  <App addDomain={added ? decodeURIComponent(added[1]!) : null} />,
  document.getElementById('app')!,
);

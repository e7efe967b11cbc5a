import { render } from 'preact';
import '../../assets/ui.css';
import { App } from './App';

/** `popup.html?tab=N` shows tab N (end-to-end tests open the popup in a page); otherwise the active tab. */
const requested = Number.parseInt(new URLSearchParams(location.search).get('tab') ?? '', 10);
render(
  <App requestedTab={Number.isInteger(requested) && requested >= 0 ? requested : null} />,
  document.getElementById('app')!,
);

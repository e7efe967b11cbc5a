// First, before the UI code below is evaluated: the tab's view is asked for now.
import { firstQuestion, requestedTab } from './ask-now';
import { render } from 'preact';
import '../../assets/ui.css';
import { App } from './App';

const app = document.getElementById('app')!;
// The page's static "Opening…" (painted before any script ran) gives way to the same state rendered.
app.replaceChildren();
render(<App requestedTab={requestedTab} first={firstQuestion} />, app);

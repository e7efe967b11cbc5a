// First, before the UI code below is evaluated: the tab's view is asked for now.
import { firstQuestion, requestedTab } from './ask-now';
import { render } from 'preact';
import '../../assets/ui.css';
import { App } from './App';

render(<App requestedTab={requestedTab} first={firstQuestion} />, document.getElementById('app')!);

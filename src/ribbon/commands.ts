/**
 * The ribbon's function file. All three buttons open the task pane (ShowTaskpane) on their own
 * view, so no function is registered here yet; Office still requires the file to load.
 */
import { loadOffice } from '../taskpane/loadOffice';

void loadOffice().then(() => Office.onReady(() => undefined));

/**
 * The ribbon's function file. All three buttons open the task pane (ShowTaskpane) on their own
 * view, so no function is registered here yet; Office still requires the file to load.
 */
void Office.onReady(() => undefined);

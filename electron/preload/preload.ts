import { contextBridge } from 'electron';

contextBridge.exposeInMainWorld('journeyStudioVersion', 1);

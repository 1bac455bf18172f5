// Types of electrodbDocumentLib.cjs: the object ElectroDB keeps as `this.lib`, filled with command classes at load.
declare const electrodbDocumentLib: Record<string, unknown>;
export = electrodbDocumentLib;

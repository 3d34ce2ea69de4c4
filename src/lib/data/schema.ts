/** The subset of Frictionless Table Schema that our data package uses. */
export interface FieldConstraints {
	required?: boolean;
	enum?: string[];
	pattern?: string;
	minimum?: number;
}

export interface SchemaField {
	name: string;
	type: 'string' | 'number' | 'year' | 'integer';
	constraints?: FieldConstraints;
}

export interface TableSchema {
	fields: SchemaField[];
	missingValues?: string[];
	primaryKey?: string[];
}

export interface Resource {
	name: string;
	path: string;
	/** Absent from a page's first-load package (webDatapackage): extendAtlas loads it to validate. */
	schema?: TableSchema;
}

export interface DataPackage {
	name: string;
	title: string;
	licenses?: { name: string; title?: string; path?: string }[];
	sources: import('./types').Source[];
	resources: Resource[];
	indicators: import('./types').Indicator[];
}

export interface ReadOptions { readonly format?: string }
export async function* readInputs(): AsyncGenerator<never> {}


export const migrations = [
];

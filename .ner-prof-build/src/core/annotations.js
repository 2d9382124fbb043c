export {};
//# sourceMappingURL=annotations.js.map
"""Side panels: inspectors for the selection and the map, the outline, the undo history."""

"""AVG: retention rules and the Art. 30 register (pure logic, no database)."""

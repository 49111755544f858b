"""SQL for each aggregate. The only place in the product with SQL strings.

Functions take the vault's Database and plain values or domain records; they
check nothing about permissions (the services do) and always bind parameters.
"""
